import { Roles } from './roles';

// A server component: the page is rendered on the server, and the role card hydrates on the client.
export default function Page() {
  return (
    <main>
      <h1>Back-end engineering at Example Ltd</h1>
      <Roles />
    </main>
  );
}
