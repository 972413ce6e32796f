import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Frame } from '../../src/app/frame.tsx';
import { AppRoutes } from '../../src/app/routes.tsx';
import { freshState, useAnswersStore, type AnswersState } from '../../src/storage/answers-store.ts';
import { emptyAnswers, type Answers } from '../../src/questionnaire/answers.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';

/** Renders the whole app at a path, with the store set to the given state. */
export function renderApp(path: string, state: Partial<AnswersState> = {}) {
  useAnswersStore.setState({ ...freshState(), ...state });
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <Frame>
        <AppRoutes />
      </Frame>
    </MemoryRouter>,
  );
  return { user, ...view };
}

/** A store state as if every step had been answered. */
export function completedState(answers: Partial<Answers> = {}): Partial<AnswersState> {
  return {
    ageConfirmed: true,
    answered: [...stepIds],
    answers: { ...emptyAnswers(), relationship: 'single', ...answers },
  };
}
