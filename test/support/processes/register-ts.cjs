/**
 * Lets a child process `require` the TypeScript sources as jest does (@swc/jest's settings in
 * jest.config.js: decorators with their metadata), so a test can run real code in separate OS
 * processes without a build: `node -r reflect-metadata -r ./test/support/processes/register-ts.cjs x.ts`.
 */
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
