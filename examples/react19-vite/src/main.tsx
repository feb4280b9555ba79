import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'role-widgets/role-card';
import 'role-widgets/salary-band';
import type {} from 'role-widgets/types/react';

function App() {
  const [selected, setSelected] = useState('none yet');
  return (
    <main>
      <h1>Back-end engineering at Example Ltd</h1>
      <role-card
        role-id="back-end"
        variant="compact"
        heading-level={2}
        onrole-select={(event) => {
          event.preventDefault();
          setSelected(event.detail.roleId);
        }}
      />
      <salary-band role-id="back-end" value={52000} value-label="This job" />
      <p id="selected">Selected: {selected}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
