import { useState, type SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> & {
  value: string;
  /** What the closed select shows for `value` (a step number, where the list says more). */
  shown: string;
  /** Every option; only asked for while the select is in use. */
  options: () => SelectOption[];
  onValue(value: string): void;
};

/*
 * A select that lists its options only while the pointer is over it or it has focus. Three
 * hundred "Lanjut ke" selects of three hundred rows each would be 90,000 option elements;
 * closed, each needs just the one it shows. Like WrappedSelect, the chosen value is drawn as
 * text under a transparent select, so the cell shows "12" while the list reads "12. Periksa…".
 */
export function LazySelect({ value, shown, options, onValue, className, ...rest }: Props) {
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const active = focused || hovered;
  const list = active ? options() : [{ value, label: shown }];
  if (!list.some((option) => option.value === value)) list.unshift({ value, label: shown });
  return (
    <div className={`steps-wrapsel ${className ?? ''}`}>
      <span className="steps-wrapsel-text" aria-hidden="true">
        {shown}
      </span>
      <select
        {...rest}
        value={value}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onPointerEnter={() => setHovered(true)}
        onPointerLeave={() => setHovered(false)}
        onChange={(e) => onValue(e.target.value)}
      >
        {list.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
