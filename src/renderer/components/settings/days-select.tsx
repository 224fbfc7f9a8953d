import { useId } from 'react';

const OFF = 'off';

interface Props {
  label: string;
  /** Days, or null for "off". */
  value: number | null;
  choices: number[];
  offLabel: string;
  dayLabel: (days: number) => string;
  onChange: (days: number | null) => void;
}

/** A select of day counts with an "off" choice; keeps a current value that is not a preset. */
export function DaysSelect({ label, value, choices, offLabel, dayLabel, onChange }: Props) {
  const id = useId();
  const options = value === null || choices.includes(value) ? choices : [...choices, value];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === null ? OFF : String(value)}
        onChange={(event) =>
          onChange(event.target.value === OFF ? null : Number(event.target.value))
        }
      >
        {[...options]
          .sort((a, b) => a - b)
          .map((days) => (
            <option key={days} value={days}>
              {dayLabel(days)}
            </option>
          ))}
        <option value={OFF}>{offLabel}</option>
      </select>
    </div>
  );
}
