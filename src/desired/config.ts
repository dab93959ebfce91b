/** Project configuration: `ddb-migrate.yaml` and target resolution (flags > config > AWS env > defaults). */
export { CONFIG_FILE, checkConfig, isKnownEnvironment, loadConfig, type EnvironmentConfig, type ProjectConfig } from './config-file.js';
export { DEFAULT_REGION, LOCAL_REGION, resolveTarget, resolveTargetWith } from './resolve-target.js';
