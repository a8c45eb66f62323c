// Typed documents (XxxDocument in generated/graphql.ts) for every operation in the console's .graphql
// files, from the committed schema. Imported one by one, so each page's chunk carries only its own.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/console/src/graphql/schema.graphql',
  documents: ['apps/console/src/**/*.graphql', '!apps/console/src/graphql/schema.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'apps/console/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' }, skipTypename: false, avoidOptionals: false },
    },
  },
  // eslint --fix drops the preset's blanket eslint-disable, which this code base's rules do not need.
  hooks: { afterAllFileWrite: ['eslint --fix', 'prettier --write'] },
};

export default config;
