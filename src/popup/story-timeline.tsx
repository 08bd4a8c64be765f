import type { Stage, Story } from '@/src/types';

/** Props of the story timeline. */
export interface StoryTimelineProps {
  stages: Story['stages'];
  /** The latest stage this article reflects; undefined when it does not say. */
  current?: Stage;
  /** Why no stage is marked, when that is not the article's silence (a page not about the story). */
  unplacedNote?: string;
}

/** The story's stages in order, marking where this article stands. */
export function StoryTimeline({ stages, current, unplacedNote }: StoryTimelineProps) {
  const at = stages.findIndex((s) => s.id === current);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Where this article stands</h2>
      <ol class="timeline">
        {stages.map((stage, i) => (
          <li
            key={stage.id}
            class={i === at ? 'current' : i < at ? 'past' : 'future'}
            aria-current={i === at ? 'step' : undefined}
            title={stage.description}
          >
            <span class="dot" aria-hidden="true" />
            <span class="stage-label">{stage.label}</span>
            {i === at && <span class="visually-hidden"> (this article)</span>}
          </li>
        ))}
      </ol>
      {at === -1 && <p class="note">{unplacedNote ?? 'This article does not say how far the story has got.'}</p>}
    </section>
  );
}
