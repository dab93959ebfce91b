/** Plan renderers: text (terminal), JSON (machines, versioned), Markdown (pull requests). */
export { renderText } from './render-text.js';
export { renderJson, PLAN_FORMAT_VERSION } from './render-json.js';
export { renderMarkdown } from './render-markdown.js';
export { describeStep } from './describe-step.js';
