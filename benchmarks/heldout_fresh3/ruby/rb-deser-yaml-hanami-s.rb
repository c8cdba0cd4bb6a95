require "yaml"

module Kanban
  module Actions
    module Boards
      class Import < Kanban::Action
        def handle(request, response)
          layout = YAML.safe_load(request.body.read, permitted_classes: [], aliases: false)
          columns = Array(layout["columns"]).map(&:to_s)
          board = boards_repo.create(name: layout["name"].to_s, columns: columns)
          response.status = 201
          response.format = :json
          response.body = { id: board.id, columns: columns.size }.to_json
        end

        def boards_repo
          Kanban::Repos::BoardRepo.new
        end
      end
    end
  end
end
