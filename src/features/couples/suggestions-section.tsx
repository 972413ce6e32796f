import { compareCopy } from '../../content/couples.ts';
import type { ComparisonView, SpecialtyView } from './comparison-model.ts';

function SpecialtyCard({ item, featured }: { item: SpecialtyView; featured: boolean }) {
  return (
    <li className={featured ? 'card card--featured' : 'card'}>
      {featured ? <p className="card__flag">{compareCopy.featured}</p> : null}
      <h3 id={`pair-${item.id}`}>{item.title}</h3>
      <p>{item.meaning}</p>
      {item.linkedTo ? (
        <p>
          <strong>{compareCopy.linkedTo}</strong> {item.linkedTo}
        </p>
      ) : null}
      <ul className="tag-list">
        {item.searchWords.map((word) => (
          <li key={word}>{word}</li>
        ))}
      </ul>
    </li>
  );
}

/** Combined suggestions, couples work first, and the questions to ask as a couple. */
export function SuggestionsSection({ view }: { view: ComparisonView }) {
  return (
    <>
      <section aria-labelledby="pair-suggestions-heading">
        <h2 id="pair-suggestions-heading">{compareCopy.suggestionsHeading}</h2>
        <p className="print-hide">{compareCopy.suggestionsLead}</p>
        <ol className="card-list">
          {view.specialties.map((item) => (
            <SpecialtyCard key={item.id} item={item} featured={item.id === 'couples-sex-therapy'} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="pair-questions-heading">
        <h2 id="pair-questions-heading">{compareCopy.questionsHeading}</h2>
        <p className="print-hide">{compareCopy.questionsLead}</p>
        <ul className="card-list">
          {view.questions.map((question) => (
            <li key={question.id} className="card card--quiet">
              <p className="question-text">{question.text}</p>
              <p className="muted">{question.why}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
