import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <main>
    <h1>Attune options</h1>
    <p>Attune reads the open conversation inside your browser. Nothing you or your customers write leaves it.</p>
  </main>,
);
