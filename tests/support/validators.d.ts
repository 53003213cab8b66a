/** Types for the two test tools that ship none: the structured-data validator and the extractor it reads from. */
declare module '@adobe/structured-data-validator' {
  export interface ValidationIssue {
    issueMessage: string;
    severity: 'ERROR' | 'WARNING';
    fieldNames: string[];
    path?: { type?: string; property?: string; index?: number }[];
  }
  /** Google's rich-result rules per schema.org type; schema.org's own vocabulary is checked only when given. */
  export default class Validator {
    constructor(schemaOrgJson?: object);
    validate(extracted: {
      jsonld?: Record<string, object[]>;
      microdata?: Record<string, object[]>;
      rdfa?: Record<string, object[]>;
    }): Promise<ValidationIssue[]>;
  }
}

declare module '@marbec/web-auto-extractor' {
  export interface Extracted {
    jsonld: Record<string, Record<string, unknown>[]>;
    microdata: Record<string, Record<string, unknown>[]>;
    rdfa: Record<string, Record<string, unknown>[]>;
    metatags: Record<string, string[]>;
  }
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: boolean | string[] });
    parse(html: string): Extracted;
  }
}
