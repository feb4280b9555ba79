// A CKEditor 5 with the role-widgets plugin, on a page served with the policy CKEditor 5 recommends
// for self-hosted editors (without its wildcards): the test reads the violations harness.js records.
import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';
import { RoleWidgets } from '../../../ckeditor5/ckeditor5.js';

const editor = await ClassicEditor.create(document.querySelector<HTMLElement>('#editor')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, RoleWidgets],
  toolbar: ['insertRole'],
});
Object.assign(window, { ckEditor: editor });
