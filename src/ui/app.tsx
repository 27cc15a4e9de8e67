import { useEffect, useMemo, useState } from 'preact/hooks';
import { builtInScenarios } from './session/scenarios';

/** The application root; the screens of the journey mount here. */
export function App() {
  const scenarios = useMemo(() => builtInScenarios(), []);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <main data-ready={ready ? 'yes' : 'no'}>
      <h1>ShopDojo · 电商运营道场</h1>
      <ul>
        {scenarios.map((s) => (
          <li key={s.id}>{s.title['zh-CN']}</li>
        ))}
      </ul>
    </main>
  );
}
