import { DEFAULT_CONFIDENT_THRESHOLD } from '@/src/settings/defaults';
import { THRESHOLD_RANGE } from '@/src/extension/settings';

/** Props of the confidence threshold slider. */
export interface ThresholdFieldProps {
  value: number;
  onChange: (value: number) => void;
}

/** The confidence from which a match is highlighted on the page rather than only listed in the popup. */
export function ThresholdField({ value, onChange }: ThresholdFieldProps) {
  return (
    <fieldset>
      <legend>How sure before highlighting</legend>
      <label for="threshold">Confidence threshold</label>
      <div class="slider-row">
        <input
          id="threshold"
          type="range"
          min={THRESHOLD_RANGE.min}
          max={THRESHOLD_RANGE.max}
          step={THRESHOLD_RANGE.step}
          value={value}
          aria-describedby="threshold-help"
          onInput={(e) => onChange(Number((e.target as HTMLInputElement).value))}
        />
        <output for="threshold">{value.toFixed(2)}</output>
      </div>
      <p id="threshold-help" class="help">
        Lower highlights more sentences, with more mistakes; higher highlights fewer, surer ones. Matches below the
        threshold are still listed in the popup as possible matches. Default {DEFAULT_CONFIDENT_THRESHOLD.toFixed(2)}.
      </p>
    </fieldset>
  );
}
