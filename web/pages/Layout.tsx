import type { ComponentChildren } from 'preact'

/** Header, main landmark and footer shared by every page. */
export function Layout({ children, wide = false }: { children: ComponentChildren; wide?: boolean }) {
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <a class="brand" href="/">
          <svg class="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <rect x="2" y="14" width="28" height="4" rx="2" fill="currentColor" opacity=".35" />
            <circle cx="20" cy="16" r="7" fill="var(--accent)" />
          </svg>
          Role Spectrum
        </a>
      </header>
      <main id="main" class={wide ? 'page wide' : 'page'}>
        {children}
      </main>
      <footer class="site-footer">
        <p>
          A self-assessment, not an exam: it reflects what you say you have done. No account, no tracking; results are counted
          anonymously (<a href="/stats">how people answer</a>).
        </p>
      </footer>
    </>
  )
}
