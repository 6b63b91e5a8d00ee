/** Version of the result contract (docs/result-format.md, schema/analysis.schema.json). */
export const SCHEMA_VERSION = 1 as const;
