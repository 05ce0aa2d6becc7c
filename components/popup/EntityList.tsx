import { ENTITY_TYPES } from '@/utils/core/report';
import type { EntityView } from '@/utils/extension/summary-view';
import { useWording } from '../shared/wording';

interface Props {
  entities: EntityView[];
}

/** Who and where: organisations, people and places the article names, each once. */
export function EntityList({ entities }: Props) {
  const { t } = useWording();
  if (entities.length === 0) return null;
  return (
    <section class="section" aria-labelledby="entities-heading">
      <h2 id="entities-heading">{t('section_entities_count', [String(entities.length)])}</h2>
      {ENTITY_TYPES.map((type) => {
        const ofType = entities.filter((e) => e.type === type);
        if (ofType.length === 0) return null;
        return (
          <div key={type} class="entity-group">
            <h3>{t(`entity_type_${type}`)}</h3>
            <ul class="chips">
              {ofType.map((e) => (
                <li key={e.text} class={`entity ${type}`} data-testid="entity" data-type={type}>
                  {e.text}
                  {e.count > 1 && (
                    <span class="count">
                      <span aria-hidden="true">×{e.count}</span>
                      <span class="sr-only"> {t('entity_count_label', [String(e.count)])}</span>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
