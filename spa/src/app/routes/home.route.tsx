export function HomeRoute() {
  return (
    <main className="page">
      <h1>NotionChartKit</h1>
      <p>Live charts from your Notion databases, embeddable anywhere.</p>
    </main>
  );
}
