import type { Plan } from '../../model/plan.js';
import { renderJson } from '../../render/render-json.js';
import { renderMarkdown } from '../../render/render-markdown.js';
import { renderText } from '../../render/render-text.js';

export const PLAN_FORMATS = ['text', 'json', 'markdown'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

const renderers: Readonly<Record<PlanFormat, (plan: Plan, color: boolean) => string>> = {
  text: (plan, color) => renderText(plan, { color }),
  json: (plan) => renderJson(plan),
  markdown: (plan) => renderMarkdown(plan),
};

export function renderPlan(plan: Plan, format: PlanFormat, color: boolean): string {
  return renderers[format](plan, color);
}
