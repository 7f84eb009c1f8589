/** The invitation card (/card.png) as a link preview's image: for pages that show no one's result. */
export const inviteCard = (origin: string): { image: string; imageAlt: string } => ({
  image: `${origin}/card.png`,
  imageAlt: 'Role Spectrum: where do you sit between software engineering and data science? The spectrum of ML roles.',
})
