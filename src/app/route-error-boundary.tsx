import { Component, type ErrorInfo, type ReactNode } from 'react';
import { retryFailedPages } from './lazy-page.ts';

interface Props {
  /** Rendered instead of the page when it fails; `retry` renders the page again. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Catches a page that fails to render, so the person never sees a blank screen.
 * The layout stays, and the answers in the store are untouched.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Local only: there is no error-reporting service, by design.
    console.error(error, info.componentStack);
  }

  retry = () => {
    // A page whose code failed to arrive fetches it again, rather than failing at once.
    retryFailedPages();
    this.setState({ failed: false });
  };

  render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
