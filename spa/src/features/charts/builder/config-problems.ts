import { type ChartConfig, checkChartConfig, type SchemaProperty } from '@notionchartkit/shared';
import { type FieldErrors, fieldErrorsFrom, NO_FIELD_ERRORS } from '../../../lib/field-errors';

/** The engine and the API speak in fragments ("is required"); the form speaks in sentences. */
export function asSentence(problem: string): string {
  const text = problem === 'is required' ? 'Choose one' : problem;
  const capitalized = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

export function humanize(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, problem]) => [field, asSentence(problem)]),
  );
}

/** The config's problems by field, exactly as the API would answer them. */
export function configFieldErrors(
  config: ChartConfig,
  schema: readonly SchemaProperty[],
): FieldErrors {
  const problems = checkChartConfig(config, schema);
  return problems ? humanize(fieldErrorsFrom(problems.details)) : NO_FIELD_ERRORS;
}
