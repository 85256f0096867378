// The import boundaries of docs/architecture.md as one ESLint rule: each relative import is resolved to a file and the
// pair (importing file, imported file) is checked against the layers. Test files and test support are exempt.
import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const apiSrc = path.join(repoRoot, 'apps/api/src');
const webSrc = path.join(repoRoot, 'apps/web/src');
const packagesDir = path.join(repoRoot, 'packages');

function resolveImport(fromFile, spec) {
  const base = path.resolve(path.dirname(fromFile), spec);
  const candidates = /\.js$/.test(base)
    ? [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base]
    : [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

const isTest = (file) => /\.test\.tsx?$/.test(file) || /\/(testing|test|e2e)\//.test(file);
const within = (dir, file) => file.startsWith(`${dir}${path.sep}`);
const firstSegment = (dir, file) => path.relative(dir, file).split(path.sep)[0];

/** API folders that are layers, not features. */
const apiLayers = new Set(['common', 'config', 'persistence', 'demo', 'testing']);
/** auth/ files every feature may use: who is asking, and the live-stream bookkeeping. */
const authShared = new Set(['principal.ts', 'current-actor.decorator.ts', 'access.guard.ts', 'live-followers.ts']);

const moduleExports = new Map();
/**
 * What a feature's modules export: the `exports` of every `*.module.ts` in its folder (its feature module and the small
 * record modules that let other features read its tables without an import ring).
 */
function exportedBy(feature) {
  if (!moduleExports.has(feature)) {
    const dir = path.join(apiSrc, feature);
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith('.module.ts')) : [];
    const names = new Set();
    for (const file of files) {
      const match = /exports:\s*\[([^\]]*)\]/.exec(fs.readFileSync(path.join(dir, file), 'utf8'));
      for (const name of match ? match[1].split(',') : []) if (name.trim()) names.add(name.trim());
    }
    moduleExports.set(feature, names);
  }
  return moduleExports.get(feature);
}

function apiProblem(fromFile, target, node) {
  const from = firstSegment(apiSrc, fromFile);
  const to = firstSegment(apiSrc, target);
  const fromRoot = !fromFile.slice(apiSrc.length + 1).includes(path.sep);
  if (to === 'demo' && from !== 'demo' && !(fromRoot && /^(main|cli)\.ts$/.test(path.basename(fromFile))))
    return 'nothing but main.ts and cli.ts imports demo/';
  if ((from === 'common' || from === 'config') && !['common', 'config'].includes(to))
    return `${from}/ imports no feature or app code (imported ${path.relative(apiSrc, target)})`;
  if (fromRoot || apiLayers.has(from) || from === to) return undefined;
  if (to === 'common' || to === 'config') return undefined;
  if (to === 'persistence') return 'features do not import persistence/';
  if (to === 'testing') return 'testing/ is for tests';
  const file = path.basename(target);
  if (to === 'auth' && authShared.has(file)) return undefined;
  if (file.endsWith('.entity.ts'))
    return fromFile.endsWith('.entity.ts')
      ? undefined
      : `only entity files (relations) import another feature's entity; use ${to}'s exported repository or service`;
  if (file.endsWith('.module.ts') || file.endsWith('.mapper.ts')) return undefined;
  if (file.endsWith('.service.ts') || file.endsWith('.repository.ts')) {
    if (node.importKind === 'type') return undefined;
    const exported = exportedBy(to);
    const names = (node.specifiers ?? [])
      .filter((specifier) => specifier.type === 'ImportSpecifier' && specifier.importKind !== 'type')
      .map((specifier) => specifier.imported.name);
    const missing = names.filter((name) => /^[A-Z]/.test(name) && !exported.has(name));
    return missing.length ? `${missing.join(', ')} is not in the exports of ${to}/${to}.module.ts` : undefined;
  }
  return `a feature imports another feature only through its module's exports (${path.relative(apiSrc, target)})`;
}

function webProblem(fromFile, target) {
  const from = firstSegment(webSrc, fromFile);
  if (!within(webSrc, target)) return undefined;
  const to = firstSegment(webSrc, target);
  if (from === 'features') {
    const feature = path.relative(webSrc, fromFile).split(path.sep)[1];
    if (to === 'app') return 'features do not import app/';
    if (to === 'features' && path.relative(webSrc, target).split(path.sep)[1] !== feature)
      return `features do not import each other (${path.relative(webSrc, target)})`;
  }
  if ((from === 'components' || from === 'lib') && (to === 'features' || to === 'app'))
    return `${from}/ imports neither features nor app/`;
  return undefined;
}

export const boundaries = {
  meta: { type: 'problem', schema: [], docs: { description: 'The layers of docs/architecture.md' } },
  create(context) {
    const fromFile = context.filename;
    if (isTest(fromFile)) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (
        within(packagesDir, fromFile) &&
        (source.startsWith('@leerkring/api') || source.startsWith('@leerkring/web'))
      ) {
        context.report({ node, message: 'packages import no app code' });
        return;
      }
      if (!source.startsWith('.')) return;
      const target = resolveImport(fromFile, source);
      if (!target) return;
      let problem;
      if (within(packagesDir, fromFile) && !within(packagesDir, target)) problem = 'packages import no app code';
      else if (within(apiSrc, fromFile) && within(apiSrc, target)) problem = apiProblem(fromFile, target, node);
      else if (within(webSrc, fromFile)) problem = webProblem(fromFile, target);
      if (problem) context.report({ node, message: problem });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { boundaries } };
