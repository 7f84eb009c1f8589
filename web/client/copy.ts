/** Shows every `[data-copy-target]` button and copies its input's value on click. */
export function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
    const input = document.getElementById(button.dataset.copyTarget ?? '') as HTMLInputElement | null
    if (!input) continue
    const status = button.closest('.field, section, details')?.querySelector('[role="status"]')
    const say = (text: string) => {
      if (status) status.textContent = text
    }
    button.hidden = false
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(input.value)
        say('Link copied.')
      } catch {
        input.select()
        say('Press Ctrl+C (or ⌘C) to copy the selected link.')
      }
    })
  }
}
