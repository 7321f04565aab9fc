/** The version of the output contract (`schemaVersion`), apart from the zod schema so that extraction does not load zod. */
export const SCHEMA_VERSION = '1';
