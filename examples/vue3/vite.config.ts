import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The role-widgets tags are custom elements, not Vue components.
const isCustomElement = (tag: string) => tag.startsWith('role-') || tag === 'salary-band';

export default defineConfig({ plugins: [vue({ template: { compilerOptions: { isCustomElement } } })] });
