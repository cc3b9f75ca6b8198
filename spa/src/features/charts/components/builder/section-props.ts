import type { ChartConfig, SchemaProperty } from '@notionchartkit/shared';
import type { FieldErrors } from '../../../../lib/field-errors';

/** What every part of the builder form gets: the draft config, the schema, problems by field. */
export interface SectionProps {
  config: ChartConfig;
  schema: readonly SchemaProperty[];
  errors: FieldErrors;
  onChange: (config: ChartConfig) => void;
}
