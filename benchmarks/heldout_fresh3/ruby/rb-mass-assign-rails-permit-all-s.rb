class AccountsController < ApplicationController
  before_action :authenticate_user!

  def update
    if current_user.update(account_params)
      redirect_to edit_account_path, notice: "Saved"
    else
      render :edit, status: :unprocessable_entity
    end
  end

  private

  def account_params
    params.require(:user).permit(:name, :email, :locale, :time_zone)
  end
end
