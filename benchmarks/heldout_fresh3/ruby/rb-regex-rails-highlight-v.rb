class NotesController < ApplicationController
  def search
    term = params.fetch(:term, "")
    matcher = Regexp.new(term, Regexp::IGNORECASE)
    notes = current_team.notes.limit(500).select { |n| matcher.match?(n.body) }
    render json: notes.map { |n|
      { id: n.id, snippet: n.body.gsub(matcher) { |m| "**#{m}**" }.truncate(200) }
    }
  end
end
