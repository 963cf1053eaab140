import { createRoot } from 'react-dom/client';
import { CustomDomains } from '../../components/CustomDomains';

createRoot(document.getElementById('root')!).render(
  <main>
    <h1>Attune options</h1>
    <CustomDomains />
    <section aria-labelledby="privacy">
      <h2 id="privacy">Privacy</h2>
      <p>
        Attune reads the conversation open in your helpdesk tab, inside your browser. Nothing you or your customers
        write leaves it: no analytics, no remote code. The only network requests are for phrase packs your team set up.
      </p>
    </section>
  </main>,
);
