'use client';

import { useState } from 'react';
import { RoleCard } from 'role-widgets/react';

export function Roles() {
  const [selected, setSelected] = useState('none yet');
  return (
    <>
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
    </>
  );
}
