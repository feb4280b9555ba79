/**
 * role-widgets blocks in the editor. Plain script on the wp.* globals (no build step). Each block
 * shows the element itself as its live preview: the module is added to whichever document holds
 * the block (the admin page in 6.1, the canvas iframe in 6.5+), and the element renders there.
 */
(function (wp, settings) {
  'use strict';
  if (!wp || !settings) return;
  var el = wp.element.createElement;
  var useEffect = wp.element.useEffect;
  var useRef = wp.element.useRef;
  var blockEditor = wp.blockEditor;
  var c = wp.components;
  var __ = wp.i18n.__;

  var SECTION_TITLES = {
    summary: 'What the job is', pay: 'Pay', hours: 'Hours', technologies: 'Technologies', duties: 'Duties',
    environment: 'Working environment', requirements: 'What you need', prospects: 'Prospects',
    questions: 'Questions to ask', sources: 'Sources', stack: 'Part of the stack',
  };
  var REGION_NAMES = { GB: 'United Kingdom', US: 'United States' };

  /** Adds the module to the block's own document once; the loader then defines each element it finds. */
  function useElementsIn(ref) {
    useEffect(function () {
      var doc = ref.current && ref.current.ownerDocument;
      if (!doc || doc.getElementById('role-widgets-editor-module')) return;
      var script = doc.createElement('script');
      script.type = 'module';
      script.id = 'role-widgets-editor-module';
      script.src = settings.moduleUrl;
      doc.head.appendChild(script);
    }, []);
  }

  function titleOf(id) {
    for (var g = 0; g < settings.groups.length; g++) {
      for (var r = 0; r < settings.groups[g].roles.length; r++) {
        if (settings.groups[g].roles[r].id === id) return settings.groups[g].roles[r].title;
      }
    }
    return id;
  }

  /** The catalogue's roles by title in one list, grouped as the catalogue groups them. */
  function RoleSelect(props) {
    var id = 'role-widgets-role-' + props.clientId + (props.inPlaceholder ? '-placeholder' : '');
    return el(c.BaseControl, { id: id, label: __('Role', 'role-widgets'), help: props.help },
      el('select', {
        id: id,
        className: 'components-select-control__input role-widgets-role-select',
        value: props.value || '',
        onChange: function (event) { props.onChange(event.target.value); },
      },
      el('option', { value: '' }, __('Choose a role…', 'role-widgets')),
      settings.groups.map(function (group) {
        return el('optgroup', { key: group.id, label: group.label }, group.roles.map(function (role) {
          return el('option', { key: role.id, value: role.id }, role.title);
        }));
      })));
  }

  /** Several roles, in the order ticked, with the catalogue's groups as headings. */
  function RoleChecklist(props) {
    var chosen = props.value || [];
    return el('fieldset', { className: 'role-widgets-checklist' },
      el('legend', null, __('Roles to compare (2 to 4)', 'role-widgets')),
      settings.groups.map(function (group) {
        return el('div', { key: group.id, className: 'role-widgets-checklist__group' },
          el('p', { className: 'role-widgets-checklist__heading' }, group.label),
          group.roles.map(function (role) {
            var on = chosen.indexOf(role.id) !== -1;
            return el(c.CheckboxControl, {
              key: role.id,
              label: role.title,
              checked: on,
              disabled: !on && chosen.length >= 4,
              onChange: function (checked) {
                props.onChange(checked ? chosen.concat([role.id]) : chosen.filter(function (id) { return id !== role.id; }));
              },
            });
          }));
      }));
  }

  /** Ticks for a list option (sections, rows); none ticked means all. */
  function NameChecklist(props) {
    var chosen = props.value || [];
    return el('fieldset', { className: 'role-widgets-checklist' },
      el('legend', null, props.legend),
      props.names.map(function (name) {
        return el(c.CheckboxControl, {
          key: name,
          label: SECTION_TITLES[name] || name,
          checked: chosen.indexOf(name) !== -1,
          onChange: function (checked) {
            var next = checked ? chosen.concat([name]) : chosen.filter(function (n) { return n !== name; });
            props.onChange(props.names.filter(function (n) { return next.indexOf(n) !== -1; }));
          },
        });
      }));
  }

  function regionControl(attributes, setAttributes) {
    return el(c.SelectControl, {
      label: __('Pay region', 'role-widgets'),
      value: attributes.region || '',
      options: [{ value: '', label: __('Default (United Kingdom)', 'role-widgets') }].concat(settings.regions.map(function (code) {
        return { value: code, label: REGION_NAMES[code] || code };
      })),
      onChange: function (region) { setAttributes({ region: region }); },
    });
  }

  function headingControl(attributes, setAttributes) {
    return el(c.SelectControl, {
      label: __('Heading level', 'role-widgets'),
      help: __('Pick the level that fits the page outline.', 'role-widgets'),
      value: String(attributes.headingLevel),
      options: [1, 2, 3, 4, 5, 6].map(function (n) { return { value: String(n), label: 'H' + n }; }),
      onChange: function (level) { setAttributes({ headingLevel: Number(level) }); },
    });
  }

  function numberControl(label, value, onChange, help) {
    return el(c.TextControl, {
      label: label,
      help: help,
      type: 'number',
      min: 0,
      value: value === undefined || value === null ? '' : String(value),
      onChange: function (text) {
        var number = Number(text);
        onChange(text === '' || !isFinite(number) || number < 0 ? undefined : number);
      },
    });
  }

  /** The element's HTML attributes from the block's, as the server renders them. */
  function elementProps(name, a) {
    // An editor's preview: a problem is shown with what is wrong (the role id, the valid ones), for
    // the author; the published page shows readers only the plain message.
    var p = { diagnostics: '' };
    if (a.roleId) p['role-id'] = a.roleId;
    if (a.region) p.region = a.region;
    if (name !== 'salary-band' && a.headingLevel) p['heading-level'] = String(a.headingLevel);
    if (name === 'role-card') {
      if (a.variant === 'compact') p.variant = 'compact';
      if (a.sections && a.sections.length) p.sections = a.sections.join(',');
    }
    if (name === 'salary-band') {
      if (a.period && a.period !== 'year') p.period = a.period;
      if (typeof a.value === 'number') p.value = String(a.value);
      if (typeof a.valueMax === 'number') p['value-max'] = String(a.valueMax);
      if (a.valueLabel) p['value-label'] = a.valueLabel;
      if (a.fullFigures) p['full-figures'] = '';
    }
    if (name === 'role-compare') {
      p.roles = (a.roles || []).join(',');
      if (a.rows && a.rows.length) p.rows = a.rows.join(',');
      if (a.differencesOnly) p['differences-only'] = '';
    }
    if (name === 'role-finder' && a.syncUrl) p['sync-url'] = '';
    return p;
  }

  var LABELS = {
    'role-card': __('Role card', 'role-widgets'),
    'salary-band': __('Salary band', 'role-widgets'),
    'role-compare': __('Role comparison', 'role-widgets'),
    'role-finder': __('Role finder', 'role-widgets'),
  };

  function Edit(name) {
    return function (props) {
      var a = props.attributes;
      var set = props.setAttributes;
      var ref = useRef(null);
      var blockProps = blockEditor.useBlockProps({ ref: ref, className: 'role-widgets-block' });
      useElementsIn(ref);

      var controls = [];
      if (name === 'role-card' || name === 'salary-band') {
        controls.push(el(RoleSelect, { key: 'role', clientId: props.clientId, value: a.roleId, onChange: function (roleId) { set({ roleId: roleId }); } }));
      }
      if (name === 'role-compare') {
        controls.push(el(RoleChecklist, { key: 'roles', value: a.roles, onChange: function (roles) { set({ roles: roles }); } }));
      }
      if (name === 'role-card') {
        controls.push(el(c.SelectControl, {
          key: 'variant',
          label: __('Layout', 'role-widgets'),
          value: a.variant,
          options: [{ value: 'full', label: __('Full card', 'role-widgets') }, { value: 'compact', label: __('Compact (pay, hours, technologies)', 'role-widgets') }],
          onChange: function (variant) { set({ variant: variant }); },
        }));
      }
      if (name === 'salary-band') {
        controls.push(el(c.SelectControl, {
          key: 'period',
          label: __('Pay per', 'role-widgets'),
          value: a.period,
          options: [{ value: 'year', label: __('Year', 'role-widgets') }, { value: 'month', label: __('Month', 'role-widgets') }, { value: 'hour', label: __('Hour', 'role-widgets') }],
          onChange: function (period) { set({ period: period }); },
        }));
        controls.push(el('div', { key: 'value' }, numberControl(__("This job's pay", 'role-widgets'), a.value, function (value) { set({ value: value }); }, __('Marks this job on the band. Leave empty for none.', 'role-widgets'))));
        controls.push(el('div', { key: 'valueMax' }, numberControl(__("This job's top pay (for a range)", 'role-widgets'), a.valueMax, function (valueMax) { set({ valueMax: valueMax }); })));
        controls.push(el(c.TextControl, { key: 'valueLabel', label: __('Marker label', 'role-widgets'), value: a.valueLabel, placeholder: 'This job', onChange: function (valueLabel) { set({ valueLabel: valueLabel }); } }));
        controls.push(el(c.ToggleControl, { key: 'fullFigures', label: __('Show full figures', 'role-widgets'), checked: !!a.fullFigures, onChange: function (on) { set({ fullFigures: on }); } }));
      }
      if (name === 'role-compare') {
        controls.push(el(c.ToggleControl, { key: 'diff', label: __('Only rows that differ', 'role-widgets'), checked: !!a.differencesOnly, onChange: function (on) { set({ differencesOnly: on }); } }));
      }
      if (name === 'role-finder') {
        controls.push(el(c.ToggleControl, { key: 'sync', label: __("Keep the reader's filters in the page address", 'role-widgets'), checked: !!a.syncUrl, onChange: function (on) { set({ syncUrl: on }); } }));
      }
      controls.push(el('div', { key: 'region' }, regionControl(a, set)));
      if (name !== 'salary-band') controls.push(el('div', { key: 'heading' }, headingControl(a, set)));

      var more = [];
      if (name === 'role-card') more.push(el(NameChecklist, { key: 'sections', legend: __('Sections (none ticked: all)', 'role-widgets'), names: settings.sections, value: a.sections, onChange: function (sections) { set({ sections: sections }); } }));
      if (name === 'role-compare') more.push(el(NameChecklist, { key: 'rows', legend: __('Rows (none ticked: all)', 'role-widgets'), names: settings.rows, value: a.rows, onChange: function (rows) { set({ rows: rows }); } }));

      var inspector = el(blockEditor.InspectorControls, null,
        el(c.PanelBody, { title: __('Role', 'role-widgets'), initialOpen: true }, controls),
        more.length ? el(c.PanelBody, { title: name === 'role-card' ? __('Sections', 'role-widgets') : __('Rows', 'role-widgets'), initialOpen: false }, more) : null);

      var needsRole = (name === 'role-card' || name === 'salary-band') && !a.roleId;
      var needsRoles = name === 'role-compare' && (a.roles || []).length < 2;
      var body;
      if (needsRole || needsRoles) {
        body = el(c.Placeholder, {
          icon: name === 'salary-band' ? 'chart-bar' : name === 'role-compare' ? 'columns' : 'id',
          label: LABELS[name],
          instructions: needsRole
            ? __('No role is chosen yet. Choose one here or in the block settings.', 'role-widgets')
            : __('Choose two to four roles to compare in the block settings.', 'role-widgets'),
        }, needsRole ? el(RoleSelect, { clientId: props.clientId, inPlaceholder: true, value: a.roleId, onChange: function (roleId) { set({ roleId: roleId }); } }) : null);
      } else {
        var label = a.roleId ? LABELS[name] + ': ' + titleOf(a.roleId) : LABELS[name];
        // The canvas iframe (6.5+) has no lang of its own: give the preview the admin page's, so
        // figures read as they will on the site (the element reads the nearest lang).
        body = el('div', { className: 'role-widgets-preview', title: label, lang: document.documentElement.lang || undefined }, el(name, elementProps(name, a)));
      }
      return el('div', blockProps, inspector, body);
    };
  }

  ['role-card', 'salary-band', 'role-compare', 'role-finder'].forEach(function (name) {
    wp.blocks.registerBlockType('role-widgets/' + name, {
      edit: Edit(name),
      // Dynamic blocks: the server renders the element from the saved attributes.
      save: function () { return null; },
    });
  });
})(window.wp, window.roleWidgetsEditor);
