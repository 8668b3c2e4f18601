import type { SelectHTMLAttributes } from 'react';
import type { SelectOption } from './LazySelect';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> & {
  value: string;
  options: readonly SelectOption[];
  onValue(value: string): void;
};

/*
 * A native select whose chosen text wraps like the cell text beside it. Actor names such as
 * "Ketua Tim Pelayanan Statistik" do not fit a closed select; here the text is drawn in the
 * cell and the (transparent) select lies over it, so keyboard, type-ahead and the native list
 * all keep working.
 */
export function WrappedSelect({ value, options, onValue, className, ...rest }: Props) {
  const shown = options.find((option) => option.value === value)?.label ?? '';
  return (
    <div className={`steps-wrapsel ${className ?? ''}`}>
      <span className="steps-wrapsel-text" aria-hidden="true">
        {shown}
      </span>
      <select {...rest} value={value} onChange={(e) => onValue(e.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
