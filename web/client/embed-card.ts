import { connect } from '../embed/bridge'
import type { EmbedSettings } from '../embed/protocol'
import { pageData } from './data'

const { embed } = pageData<{ embed: EmbedSettings }>()
connect(embed.parent, embed.widget)
