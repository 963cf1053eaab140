export function App() {
  return (
    <main>
      <h1>Attune</h1>
      <p>Open a helpdesk conversation to see the customer's feelings, suggested replies, return options and FAQ answers.</p>
    </main>
  );
}
