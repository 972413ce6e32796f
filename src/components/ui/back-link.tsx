import { Link } from './app-link.tsx';

export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link className="back-link" to={to}>
      {children}
    </Link>
  );
}
