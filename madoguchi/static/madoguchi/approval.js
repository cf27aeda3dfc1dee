// The compose box's approval check (wip-approval): tell the server how many files are
// attached without uploading them, so "the reply has attachments" shows before sending.
document.addEventListener("htmx:configRequest", (event) => {
  const target = event.detail.elt;
  if (!target || target.id !== "approval-check") return;
  const form = target.closest("form");
  const input = form ? form.querySelector("input[type=file][name=attachments]") : null;
  event.detail.parameters.attachment_count = input && input.files ? input.files.length : 0;
});
document.addEventListener("change", (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== "file") return;
  const check = document.getElementById("approval-check");
  if (check && window.htmx && check.closest("form") === input.closest("form")) {
    window.htmx.trigger(check, "attachments-changed");
  }
});
