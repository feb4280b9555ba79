// Loaded before the library: records what each <role-card> shows after every update (its text and
// height), so a test can see transient states a reader would glimpse for one frame.
window.renders = [];
const define = customElements.define.bind(customElements);
customElements.define = (name, constructor, options) => {
  if (name === 'role-card') {
    const updated = constructor.prototype.updated;
    constructor.prototype.updated = function (changed) {
      updated.call(this, changed);
      window.renders.push({ text: this.shadowRoot.textContent.replace(/\s+/g, ' ').trim(), height: this.getBoundingClientRect().height });
    };
  }
  return define(name, constructor, options);
};
