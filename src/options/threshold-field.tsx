import { DEFAULT_CONFIDENT_THRESHOLD } from '@/src/settings/defaults';
import { THRESHOLD_RANGE } from '@/src/extension/settings';

/** Props of the confidence threshold control. */
export interface ThresholdFieldProps {
  value: number;
  onChange: (value: number) => void;
}

/** Within this distance of the default, the setting reads as "balanced". */
const BALANCED_SPAN = 0.06;

/** What a threshold means for a reader, in words: "52% sure · balanced (the default)". */
export function thresholdMeaning(value: number): string {
  const percent = `${Math.round(value * 100)}% sure`;
  const isDefault = Math.abs(value - DEFAULT_CONFIDENT_THRESHOLD) < 1e-9;
  if (isDefault) return `${percent} · balanced (the default)`;
  if (value < DEFAULT_CONFIDENT_THRESHOLD - BALANCED_SPAN) return `${percent} · more highlights, more of them wrong`;
  if (value > DEFAULT_CONFIDENT_THRESHOLD + BALANCED_SPAN) return `${percent} · fewer highlights, fewer of them wrong`;
  return `${percent} · close to balanced`;
}

/** The confidence from which a sentence is highlighted on the page rather than only listed as possible. */
export function ThresholdField({ value, onChange }: ThresholdFieldProps) {
  const meaning = thresholdMeaning(value);
  return (
    <fieldset>
      <legend>How sure before highlighting</legend>
      <label for="threshold">Highlight a sentence when ClaimLens is at least</label>
      <div class="slider-row">
        <div class="slider">
          <input
            id="threshold"
            type="range"
            min={THRESHOLD_RANGE.min}
            max={THRESHOLD_RANGE.max}
            step={THRESHOLD_RANGE.step}
            value={value}
            aria-valuetext={meaning}
            aria-describedby="threshold-help"
            onInput={(e) => onChange(Number((e.target as HTMLInputElement).value))}
          />
          <div class="slider-ends" aria-hidden="true">
            <span>More highlights</span>
            <span>Surer highlights</span>
          </div>
        </div>
        <output for="threshold" data-testid="threshold-meaning">{meaning}</output>
      </div>
      <p id="threshold-help" class="help">
        ClaimLens scores how sure it is that a sentence states a fact from the other coverage. Sentences below this
        level are not highlighted; the popup still lists them as possible matches.
      </p>
      {Math.abs(value - DEFAULT_CONFIDENT_THRESHOLD) > 1e-9 && (
        <button type="button" onClick={() => onChange(DEFAULT_CONFIDENT_THRESHOLD)}>
          Back to the default ({Math.round(DEFAULT_CONFIDENT_THRESHOLD * 100)}%)
        </button>
      )}
    </fieldset>
  );
}
