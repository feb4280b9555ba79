import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RoleCard, RoleCompare } from 'role-widgets/react';

function App() {
  const [selected, setSelected] = useState('none yet');
  const [compared, setCompared] = useState(['back-end', 'qa-test']);
  return (
    <main>
      <h1>Back-end engineering at Example Ltd</h1>
      <RoleCard
        roleId="back-end"
        variant="compact"
        headingLevel={2}
        onRoleSelect={(event) => {
          event.preventDefault();
          setSelected(event.detail.roleId);
        }}
      />
      <p id="selected">Selected: {selected}</p>
      <RoleCompare roles={compared.join(',')} onRoleCompareChange={(event) => setCompared(event.detail.roles)} />
      <p id="compared">Compared: {compared.join(', ')}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
