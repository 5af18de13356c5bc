// React 19 passes properties to custom elements and listens to their events by name
// (`onsafe-exit` listens to "safe-exit"). npm install safe-migration-kit
import 'safe-migration-kit/widgets/exit-button.js';

export default function App() {
  return (
    <main lang="ru">
      <safe-exit-button position="fixed" onsafe-exit={() => sessionStorage.clear()}>
        <a href="https://www.google.com/">Уйти с этой страницы</a>
      </safe-exit-button>
      <h1>Работа за границей: как проверить предложение</h1>
    </main>
  );
}
