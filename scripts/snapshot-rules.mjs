#!/usr/bin/env node
// Part of `npm run build`: parses the built-in rule packs (rules/*.yaml) once and writes them,
// validated, to dist/rules/builtin-rules.json, which every run reads instead of the YAML
// (see writeRulesSnapshot in src/rules/load.ts). A pack edited after the build is parsed again.
import { writeRulesSnapshot } from '../dist/rules/load.js';

writeRulesSnapshot();
