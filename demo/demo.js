// The host page's own script: logs the widget's events and mounts result cards on demand.
const log = document.getElementById('events')
const cards = document.getElementById('cards')

for (const type of ['ready', 'progress', 'complete']) {
  document.addEventListener(`rolespectrum:${type}`, (event) => {
    const item = document.createElement('li')
    item.dataset.type = type
    item.dataset.widget = event.target.id
    item.textContent = `${event.target.id}: ${type} ${JSON.stringify(event.detail)}`
    log.prepend(item)
    if (type === 'complete') mountCard(event.detail.id)
  })
}

function mountCard(id) {
  const holder = document.createElement('div')
  holder.className = 'card-holder'
  holder.id = `card-${id}`
  holder.dataset.result = id
  cards.prepend(holder)
  const mount = () => window.RoleSpectrum.mount(holder, { result: id, theme: 'light' })
  if (window.RoleSpectrum) mount()
  else window.addEventListener('load', mount, { once: true })
}

document.getElementById('card-form').addEventListener('submit', (event) => {
  event.preventDefault()
  mountCard(new FormData(event.target).get('id'))
})
