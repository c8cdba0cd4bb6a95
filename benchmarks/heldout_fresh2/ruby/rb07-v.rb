class ErrorsController < ApplicationController
  skip_before_action :authenticate_user!

  def not_found
    requested = request.params[:path] || request.path
    body = <<~HTML
      <div class="error-page">
        <h1>Page not found</h1>
        <p>We couldn't find <code>#{requested}</code>.</p>
        <a href="/">Go home</a>
      </div>
    HTML
    render html: body.html_safe, status: :not_found, layout: "application"
  end
end
