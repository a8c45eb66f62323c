// Typed documents for every graphql(`…`) call in the console, from the committed schema.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/console/src/graphql/schema.graphql',
  documents: ['apps/console/src/**/*.{ts,tsx}', '!apps/console/src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/console/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' }, skipTypename: false, avoidOptionals: false },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
