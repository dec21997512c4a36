/**
 * A picker over many documents (goals, actors, inputs): without JavaScript a list of checkboxes, each with its
 * label, grouped where the kind has a parent (goals under their focus area). `public/redigering.js` turns it into a
 * search-as-you-type combobox with the chosen documents as removable chips; the checkboxes stay the form's values.
 */
import { type Html, html } from '../html.ts';

/** A document a picker offers, as the form shows it. */
interface PickerChoice {
  value: string;
  label: string;
  /** The parent it is listed under (a goal's focus area), when the kind has one. */
  group?: string;
}

export interface PickerInput {
  /** The field's element id; each box is `<id>-<n>`. */
  id: string;
  name: string;
  choices: readonly PickerChoice[];
  selected: readonly string[];
  disabled: boolean;
  /**
   * The words the script needs: the search field's label, the chips' label, the count of matches (none, one, `{n}`)
   * and a chip's remove button (`{navn}`).
   */
  words: { search: string; chosen: string; matches: [string, string, string]; remove: string };
}

const box = (input: PickerInput, choice: PickerChoice, i: number) =>
  html`<div class="ds-field avkrysning"><input class="ds-input" type="checkbox" id="${input.id}-${i}" name="${input.name}" value="${choice.value}"${
    input.selected.includes(choice.value) ? html` checked` : ''
  }${input.disabled ? html` aria-readonly="true"` : ''}><label class="ds-label" for="${input.id}-${i}">${choice.label}</label></div>`;

/** The choices in their groups, in the order they come; choices without a group first. */
function grouped(choices: readonly PickerChoice[]): { group: string | undefined; items: { choice: PickerChoice; index: number }[] }[] {
  const groups: { group: string | undefined; items: { choice: PickerChoice; index: number }[] }[] = [];
  choices.forEach((choice, index) => {
    let entry = groups.find((g) => g.group === choice.group);
    if (!entry) {
      entry = { group: choice.group, items: [] };
      if (choice.group === undefined) groups.unshift(entry);
      else groups.push(entry);
    }
    entry.items.push({ choice, index });
  });
  return groups;
}

/** The list of boxes, grouped; the script reads the words from the data attributes. */
export function pickerList(input: PickerInput): Html {
  const { words } = input;
  const groups = grouped(input.choices);
  const list = groups.map(({ group, items }, n) =>
    group === undefined
      ? html`<div class="valg">${items.map(({ choice, index }) => box(input, choice, index))}</div>`
      : html`<div class="valggruppe" role="group" aria-labelledby="${input.id}-gruppe-${n}"><p class="ds-paragraph valggruppe-navn" id="${input.id}-gruppe-${n}">${group}</p><div class="valg">${items.map(
          ({ choice, index }) => box(input, choice, index),
        )}</div></div>`,
  );
  return html`<div class="velger" data-velger data-sok="${words.search}" data-valgt="${words.chosen}" data-treff-0="${words.matches[0]}" data-treff-1="${words.matches[1]}" data-treff-n="${words.matches[2]}" data-fjern="${words.remove}">${list}</div>`;
}
