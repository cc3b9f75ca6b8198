import type { SchemaProperty } from '../contracts';
import { type Axis, LabelRegistry } from './axis';
import { type CellInput, textOf } from './cell-values';
import type { PropertyTraits } from './property-kinds';
import { CHECKED_LABEL, EMPTY_LABEL, UNCHECKED_LABEL, UNTITLED_LABEL } from './reserved-labels';
import { compareText } from './text-order';

type Scalar = string | number | boolean;

/**
 * Categories: option names, Checked / Unchecked, text, people, related page titles, numbers as
 * strings. Scalar cells map to a cached array of label indices, so reading a row allocates
 * nothing unless its cell holds several values.
 */
export class CategoryAxis extends LabelRegistry implements Axis {
  readonly continuous = false;
  private readonly keysByValue = new Map<Scalar, readonly number[]>();
  private readonly labelOf: (value: Scalar) => string;
  private readonly compare: (a: string, b: string) => number;
  private readonly colorByOption: ReadonlyMap<string, string>;

  constructor(
    property: SchemaProperty,
    private readonly traits: PropertyTraits,
    relationTitles: ReadonlyMap<string, string> | undefined,
  ) {
    super();
    this.labelOf = scalarLabeler(traits, relationTitles);
    this.compare = naturalComparator(property, traits);
    this.colorByOption = new Map(
      (property.options ?? []).map((option) => [option.name, option.color]),
    );
  }

  keysOf(cell: CellInput): readonly number[] {
    if (cell === null || cell === undefined || cell === '') {
      return this.traits.neverEmpty ? this.keysOfValue(false) : this.empty();
    }
    if (!Array.isArray(cell)) return this.keysOfValue(cell);
    if (cell.length === 0) return this.empty();
    if (cell.length === 1) return this.keysOfValue(cell[0]);
    // Values that share a label (related pages with one title) count once under it.
    const keys: number[] = [];
    for (const value of cell) {
      const key = this.keysOfValue(value)[0];
      if (!keys.includes(key)) keys.push(key);
    }
    return keys;
  }

  naturalOrder(): number[] {
    return this.ordinaryIndices().sort((a, b) => this.compare(this.labels[a], this.labels[b]));
  }

  override colorOf(label: string): string | undefined {
    return this.colorByOption.get(label);
  }

  private keysOfValue(value: Scalar): readonly number[] {
    let keys = this.keysByValue.get(value);
    if (keys === undefined) {
      keys = [this.register(this.labelOf(value))];
      this.keysByValue.set(value, keys);
    }
    return keys;
  }
}

function scalarLabeler(
  traits: PropertyTraits,
  relationTitles: ReadonlyMap<string, string> | undefined,
): (value: Scalar) => string {
  switch (traits.kind) {
    case 'number':
      return (value) =>
        typeof value === 'number' && Number.isFinite(value) ? String(value) : EMPTY_LABEL;
    case 'relation':
      return (value) => {
        const pageId = String(value);
        const title = relationTitles?.get(pageId);
        if (title === undefined) return pageId;
        return title === '' ? UNTITLED_LABEL : title;
      };
    default:
      return textOf;
  }
}

/** Without `sort`: schema order for options, Checked first, numbers ascending, else alphabetical. */
function naturalComparator(
  property: SchemaProperty,
  traits: PropertyTraits,
): (a: string, b: string) => number {
  switch (traits.kind) {
    case 'option': {
      const position = new Map(
        (property.options ?? []).map((option, index) => [option.name, index]),
      );
      // Options renamed or deleted since the rows were synced come after the schema's, alphabetically.
      return (a, b) => {
        const byPosition = (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity);
        return Number.isNaN(byPosition) || byPosition === 0 ? compareText(a, b) : byPosition;
      };
    }
    case 'checkbox': {
      const rank = (label: string) =>
        label === CHECKED_LABEL ? 0 : label === UNCHECKED_LABEL ? 1 : 2;
      return (a, b) => rank(a) - rank(b) || compareText(a, b);
    }
    case 'number':
      return (a, b) => Number(a) - Number(b);
    default:
      return compareText;
  }
}
