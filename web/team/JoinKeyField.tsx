/** The join link's key, carried on by forms once the lead has replaced the first link; nothing before that. */
export const JoinKeyField = ({ joinKey }: { joinKey?: string | undefined }) =>
  joinKey ? <input type="hidden" name="key" value={joinKey} /> : null
