#!/usr/bin/env node
import { runProcess } from '../dist/cli/process-entry.js';

runProcess(process.argv.slice(2));
