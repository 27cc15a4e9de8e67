import { Briefing } from './briefing';
import { ClassPlay } from './class-play';
import type { Route } from './context';
import { DebriefScreen } from './debrief';
import { HistoryScreen } from './history';
import { JoinScreen } from './join';
import { Menu } from './menu';
import { Play } from './play';
import { SettingsScreen } from './settings';
import { Welcome } from './welcome';

/** One screen per route. */
export function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'welcome':
      return <Welcome />;
    case 'menu':
      return <Menu />;
    case 'history':
      return <HistoryScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'join':
      return <JoinScreen code={route.code} />;
    case 'class-play':
      return <ClassPlay session={route.session} />;
    case 'briefing':
      return <Briefing scenarioId={route.scenarioId} />;
    case 'play':
      return <Play route={route} />;
    case 'debrief':
      return <DebriefScreen route={route} />;
  }
}
